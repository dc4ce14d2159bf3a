package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.fields;
import static dev.akmatori.domain.tool.Args.flag;
import static dev.akmatori.domain.tool.Args.limit;
import static dev.akmatori.domain.tool.Args.none;
import static dev.akmatori.domain.tool.Args.offset;
import static dev.akmatori.domain.tool.Args.read;
import static dev.akmatori.domain.tool.Args.text;
import static dev.akmatori.domain.tool.CommonSettings.url;
import static dev.akmatori.domain.tool.CommonSettings.withHttpCommon;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import java.util.ArrayList;
import java.util.List;

/** §6.9 {@code netbox}: the inventory (DCIM, IPAM, virtualization, tenancy); every operation is R. */
final class NetBoxToolType {
  private static final String[][] LISTS = {
    {"get_sites", "sites"}, {"get_racks", "racks"}, {"get_cables", "cables"},
    {"get_device_types", "device types (hardware models)"}, {"get_ip_addresses", "IP addresses"},
    {"get_prefixes", "IP prefixes"}, {"get_vlans", "VLANs"}, {"get_vrfs", "VRFs"},
    {"get_circuits", "circuits"}, {"get_providers", "circuit providers"},
    {"get_virtual_machines", "virtual machines"}, {"get_clusters", "virtualization clusters"},
    {"get_vm_interfaces", "virtual machine interfaces"}, {"get_tenants", "tenants"},
    {"get_tenant_groups", "tenant groups"},
  };

  private NetBoxToolType() {}

  static ToolTypeDefinition definition() {
    SchemaBuilder settings = object()
        .property("netbox_url", url("NetBox base URL, e.g. https://netbox.example.com"))
        .property("netbox_api_token", string().secret().description("API token, sent as Authorization: Token <token>"))
        .required("netbox_url", "netbox_api_token");
    List<ToolOperation> operations = new ArrayList<>();
    operations.add(read("get_devices", "List devices (servers, switches, …) with optional filters.",
        paged(none().property("name", text("Device name"))
            .property("site", text("Site slug")).property("role", text("Device role slug"))
            .property("status", text("Status, e.g. active, offline, planned"))
            .property("tag", text("Tag slug")).property("platform", text("Platform slug"))
            .property("tenant", text("Tenant slug")).property("q", search()))));
    operations.add(read("get_device", "Get one device with its site, rack, role, platform, IPs and custom fields.",
        paged(none().property("id", text("Device id")).required("id"))));
    operations.add(read("get_interfaces", "List interfaces of devices.",
        paged(none().property("device", text("Device name")).property("device_id", text("Device id"))
            .property("name", text("Interface name")).property("type", text("Interface type, e.g. 1000base-t"))
            .property("enabled", flag("Only enabled (true) or disabled (false) interfaces")))));
    for (String[] list : LISTS) {
      operations.add(read(list[0], "List " + list[1] + ". Any NetBox filter of this endpoint may be"
          + " passed as a string argument (e.g. status=active, tag=prod); q searches free text.",
          paged(none().property("q", search()))));
    }
    operations.add(read("api_request", "GET any NetBox API path under /api/, e.g. /api/dcim/power-feeds/.",
        paged(none().property("path", text("API path starting with /api/"))
            .property("query_params", fields("Query parameters, e.g. NetBox filters"))
            .required("path"))));
    return new ToolTypeDefinition(
        "netbox",
        ToolKind.BUILTIN,
        "NetBox inventory, read-only: devices, interfaces, sites, racks, cables, IPAM, circuits,"
            + " virtualization and tenancy.",
        withHttpCommon(settings, "netbox_").build(),
        operations);
  }

  private static SchemaBuilder search() {
    return text("Free-text search");
  }

  /** Every NetBox operation also takes limit and offset (§6.9). */
  private static SchemaBuilder paged(SchemaBuilder args) {
    return args.property("limit", limit()).property("offset", offset());
  }
}
