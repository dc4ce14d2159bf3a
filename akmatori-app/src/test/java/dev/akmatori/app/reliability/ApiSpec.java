package dev.akmatori.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of {@code docs/openapi.yaml}, read with swagger-parser (references resolved and
 * inlined), as the reliability suite needs them: which are public, which take {@code ?token=},
 * their path parameters and their request body. A route added to the spec is covered by the
 * suite without touching it.
 */
final class ApiSpec {
  static final Path LOCATION = Path.of("..", "docs", "openapi.yaml");
  private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

  private ApiSpec() {}

  /** Every operation of the spec, in document order. */
  static List<SpecOperation> operations() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(LOCATION.toAbsolutePath().toUri().toString(), null, options);
    OpenAPI api = result.getOpenAPI();
    assertThat(api).as("docs/openapi.yaml parses: " + result.getMessages()).isNotNull();
    String prefix = serverPrefix(api);
    List<SpecOperation> operations = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> operations.add(operation(api, prefix + path, method, item, op))));
    assertThat(operations).as("operations in docs/openapi.yaml").isNotEmpty();
    return Collections.unmodifiableList(operations);
  }

  private static SpecOperation operation(
      OpenAPI api, String path, PathItem.HttpMethod method, PathItem item, Operation op) {
    List<SecurityRequirement> security = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
    boolean isPublic = security == null || security.isEmpty();
    return new SpecOperation(
        method.name().toUpperCase(Locale.ROOT),
        path,
        isPublic,
        !isPublic && takesQueryToken(api, security),
        pathParameters(path, item, op),
        otherParameters(item, op),
        body(op),
        statuses(op));
  }

  /** The {@code /api} of {@code servers: [{url: /api}]}; path keys are relative to it. */
  private static String serverPrefix(OpenAPI api) {
    if (api.getServers() == null || api.getServers().isEmpty()) {
      return "";
    }
    String url = api.getServers().get(0).getUrl();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static boolean takesQueryToken(OpenAPI api, List<SecurityRequirement> security) {
    Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
    return security.stream()
        .flatMap(requirement -> requirement.keySet().stream())
        .map(schemes::get)
        .anyMatch(scheme -> scheme != null && scheme.getIn() == SecurityScheme.In.QUERY);
  }

  /** The path parameters in the order they appear in the path, operation-level ones winning. */
  private static List<SpecOperation.PathParam> pathParameters(String path, PathItem item, Operation op) {
    Map<String, Schema<?>> declared = new LinkedHashMap<>();
    for (List<Parameter> level : List.of(nullToEmpty(item.getParameters()), nullToEmpty(op.getParameters()))) {
      for (Parameter p : level) {
        if ("path".equals(p.getIn())) {
          declared.put(p.getName(), p.getSchema());
        }
      }
    }
    List<SpecOperation.PathParam> params = new ArrayList<>();
    Matcher m = PARAM.matcher(path);
    while (m.find()) {
      String name = m.group(1);
      assertThat(declared).as(path + " declares its path parameter {" + name + "}").containsKey(name);
      params.add(new SpecOperation.PathParam(name, declared.get(name)));
    }
    return List.copyOf(params);
  }

  private static Set<Integer> statuses(Operation op) {
    Set<Integer> statuses = new TreeSet<>();
    if (op.getResponses() != null) {
      op.getResponses().keySet().stream().filter(k -> k.matches("[1-5][0-9][0-9]")).map(Integer::valueOf)
          .forEach(statuses::add);
    }
    return statuses;
  }

  /** The query and header parameters of the path and the operation. */
  private static List<Parameter> otherParameters(PathItem item, Operation op) {
    List<Parameter> params = new ArrayList<>();
    for (List<Parameter> level : List.of(nullToEmpty(item.getParameters()), nullToEmpty(op.getParameters()))) {
      for (Parameter p : level) {
        if ("query".equals(p.getIn()) || "header".equals(p.getIn())) {
          params.add(p);
        }
      }
    }
    return List.copyOf(params);
  }

  private static Optional<SpecOperation.Body> body(Operation op) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return Optional.empty();
    }
    Map.Entry<String, MediaType> first = op.getRequestBody().getContent().entrySet().iterator().next();
    return Optional.of(new SpecOperation.Body(first.getKey(), first.getValue().getSchema()));
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
