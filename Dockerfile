# Labwatch container image: built from source with the Maven wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY domain domain
COPY reports reports
COPY api api
COPY web web
COPY app app
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /opt/labwatch
COPY --from=build /src/app/target/quarkus-app/ ./
# No embedded database in a container: QUARKUS_DATASOURCE_JDBC_URL must point at PostgreSQL.
ENV LABWATCH_DB_EMBEDDED_ENABLED=false \
    JAVA_OPTS="-Xmx512m"
EXPOSE 8080
USER 1001
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/labwatch/quarkus-run.jar"]
