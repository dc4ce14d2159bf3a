package dev.akmatori.adapter.llm.tool.netbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The NetBox REST list endpoint of each list operation of §6.9, as path segments under {@code /api/}. */
final class NetBoxEndpoints {
  private static final Map<String, List<String>> LISTS = Map.ofEntries(
      Map.entry("get_devices", List.of("dcim", "devices")),
      Map.entry("get_interfaces", List.of("dcim", "interfaces")),
      Map.entry("get_sites", List.of("dcim", "sites")),
      Map.entry("get_racks", List.of("dcim", "racks")),
      Map.entry("get_cables", List.of("dcim", "cables")),
      Map.entry("get_device_types", List.of("dcim", "device-types")),
      Map.entry("get_ip_addresses", List.of("ipam", "ip-addresses")),
      Map.entry("get_prefixes", List.of("ipam", "prefixes")),
      Map.entry("get_vlans", List.of("ipam", "vlans")),
      Map.entry("get_vrfs", List.of("ipam", "vrfs")),
      Map.entry("get_circuits", List.of("circuits", "circuits")),
      Map.entry("get_providers", List.of("circuits", "providers")),
      Map.entry("get_virtual_machines", List.of("virtualization", "virtual-machines")),
      Map.entry("get_clusters", List.of("virtualization", "clusters")),
      Map.entry("get_vm_interfaces", List.of("virtualization", "interfaces")),
      Map.entry("get_tenants", List.of("tenancy", "tenants")),
      Map.entry("get_tenant_groups", List.of("tenancy", "tenant-groups")));

  private NetBoxEndpoints() {}

  /** The segments after {@code api} for a list operation, e.g. {@code [dcim, devices]}. */
  static Optional<List<String>> list(String operation) {
    return Optional.ofNullable(LISTS.get(operation));
  }

  /** Every list operation's name (for tests). */
  static List<String> operations() {
    return List.copyOf(LISTS.keySet());
  }
}
