# syntax=docker/dockerfile:1
# Akmatori for the JVM: one runnable jar on a JRE, running as a non-root user with its data in a volume.
#   docker build -t akmatori .
#   docker run -p 8080:8080 -v akmatori-data:/data akmatori
# The embedded H2 database lives in the volume (/data/db); set AKMATORI_DB_URL for PostgreSQL
# (see docker-compose.yml).

# ---- build: the reactor, tests skipped (CI runs them), the shaded jar --------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package \
 && cp akmatori-app/target/akmatori.jar /akmatori.jar

# ---- runtime ------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl for the health check; python3, bash and node/npx for skill scripts (.py, .sh, .js) and
# stdio MCP servers started with npx. Drop nodejs/npm if you use neither .js scripts nor npx servers.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates python3 bash nodejs npm \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin akmatori \
 && mkdir -p /data /opt/akmatori \
 && chown akmatori:akmatori /data
COPY --from=build /akmatori.jar /opt/akmatori/akmatori.jar

ENV AKMATORI_DATA_DIR=/data \
    AKMATORI_BIND_ADDRESS=0.0.0.0 \
    AKMATORI_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
USER akmatori:akmatori
WORKDIR /data

# /api/health answers 200 even when degraded; the body says whether the database answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${AKMATORI_PORT}/api/health" | grep -q '"status":"ok"' || exit 1

# Exec form: the JVM is PID 1 and receives `docker stop`'s SIGTERM itself, so running
# investigations are stopped and re-queued without counting an interruption (contract §7).
ENTRYPOINT ["java", "-jar", "/opt/akmatori/akmatori.jar"]
