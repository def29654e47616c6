# One image for every Newswire service; the command picks the role (streams, ingest, subscribe).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Poms first: the dependency layer is rebuilt only when a pom changes, not on every source edit.
COPY pom.xml ./
COPY schemas/pom.xml schemas/
COPY producer/pom.xml producer/
COPY streams/pom.xml streams/
COPY app/pom.xml app/
# Best effort: our own modules are not in any repository yet; whatever this misses is fetched by the build below.
RUN mvn -q -B -ntp dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -q -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
# A fixed uid and gid, so Kubernetes can give the state volume to them (fsGroup in deploy/k8s/streams.yaml).
RUN groupadd --system --gid 10001 newswire && useradd --system --uid 10001 --gid newswire --home-dir /var/lib/newswire --create-home newswire
WORKDIR /opt/newswire
COPY --from=build /src/app/target/lib ./lib
COPY --from=build /src/app/target/newswire-app.jar ./
COPY samples /samples
USER newswire
ENV NEWSWIRE_LOCAL_DATA_DIR=/var/lib/newswire
ENTRYPOINT ["java", "-cp", "/opt/newswire/newswire-app.jar:/opt/newswire/lib/*", "io.newswire.app.Newswire"]
CMD ["--help"]
