# Onthaal runtime image.
# Build the jar first, then the image:
#   ./mvnw -Pproduction -DskipTests package
#   docker build -t onthaal .
# (or: POSTGRES_PASSWORD=... docker compose up -d --build, see docker-compose.yml)
FROM eclipse-temurin:25-jre

RUN groupadd --system onthaal \
    && useradd --system --gid onthaal --home-dir /app --shell /usr/sbin/nologin onthaal

WORKDIR /app
COPY target/onthaal-*.jar /app/onthaal.jar

USER onthaal
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/onthaal.jar"]
