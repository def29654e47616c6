# One image for every Newswire service; the command picks the role (streams, ingest, subscribe).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /opt/newswire
COPY --from=build /src/app/target/newswire-app.jar ./
COPY --from=build /src/app/target/lib ./lib
COPY samples /samples
ENTRYPOINT ["java", "-cp", "/opt/newswire/newswire-app.jar:/opt/newswire/lib/*", "io.newswire.app.Newswire"]
CMD ["--help"]
