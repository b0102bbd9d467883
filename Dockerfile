# Builds the PostgreSQL flavour of the service (the database kind is fixed at build time) and runs it
# on a JRE as a non-root user. Configure it with the environment variables listed at the bottom.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app clinic
WORKDIR /app
COPY --from=build --chown=clinic /build/target/quarkus-app/ /app/
USER 10001
EXPOSE 8080
# QUARKUS_DATASOURCE_JDBC_URL (jdbc:postgresql://host:5432/db), QUARKUS_DATASOURCE_USERNAME,
# QUARKUS_DATASOURCE_PASSWORD, CLINIC_FIRST_ADMIN_PASSWORD (first start only), CLINIC_DEMO_DATA=false.
# MALLOC_ARENA_MAX: glibc's per-thread malloc arenas otherwise add tens of MiB of RSS to a JVM.
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75" \
    MALLOC_ARENA_MAX=2 \
    QUARKUS_HTTP_HOST=0.0.0.0
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
