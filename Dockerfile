# Doorway's container image: built from source in one stage, run on a JRE in the next.
#   docker build -t doorway:0.1.0 .
#   docker run -p 3000:3000 -v doorway-data:/var/lib/doorway doorway:0.1.0
# (No image is published by this project; this file is checked structurally by DeploymentFilesTest.)

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
# The jar only: the class-data archive is made in the runtime stage, for the JVM that will use it.
RUN mvn -q -B -DskipTests -Dexec.skip=true package

FROM eclipse-temurin:17-jre
# curl for HEALTHCHECK; a system user without a login shell to run Doorway.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /var/lib/doorway --create-home --shell /usr/sbin/nologin doorway
COPY --from=build /src/target/doorway.jar /opt/doorway/doorway.jar
COPY bin/doorway /usr/local/bin/doorway
# The class-data archive (about a third faster start): Doorway started once on a scratch database, then removed.
RUN DATABASE_URL=jdbc:sqlite:/tmp/training.db PORT=0 LOG_LEVEL=WARN \
    java -XX:ArchiveClassesAtExit=/opt/doorway/doorway.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
         -jar /opt/doorway/doorway.jar serve --exit-when-ready \
 && rm -f /tmp/training*.db*

ENV DOORWAY_HOME=/var/lib/doorway \
    PORT=3000 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /var/lib/doorway
WORKDIR /var/lib/doorway
USER 10001:10001
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/healthz" > /dev/null || exit 1
ENTRYPOINT ["/usr/local/bin/doorway"]
CMD ["serve"]
