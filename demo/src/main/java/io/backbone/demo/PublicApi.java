package io.backbone.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The public API as a partner app sees it: tokens from the local issuer, JSON, polite on 429 and 503. */
public final class PublicApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String gym;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public PublicApi(String base, String gym) {
        this.base = base.replaceAll("/$", "");
        this.gym = gym;
    }

    public String token(String subject, String role) {
        return tokens.computeIfAbsent(subject + "|" + role, k -> {
            try {
                String body = JSON.writeValueAsString(Map.of("sub", subject, "groups", List.of(role), "gym", gym));
                return call("POST", "/dev/tokens", null, body, 200).get("token").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** One request, no retry: its status, or -1 when it was never answered (refused, reset, timed out). */
    public Answer once(String method, String path, String token, Object body) {
        try {
            HttpResponse<String> response = http.send(request(method, path, token, json(body), Duration.ofSeconds(10)),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.nullNode();
            try {
                answer = response.body().isEmpty() ? answer : JSON.readTree(response.body());
            } catch (IOException notJson) {
                // a proxy's error page: the status says enough
            }
            return new Answer(response.statusCode(), answer);
        } catch (IOException e) {
            return new Answer(-1, JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, JSON.nullNode());
        }
    }

    public record Answer(int status, JsonNode body) {
        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    public JsonNode call(String method, String path, String token, Object body, int... expected) {
        try {
            String json = json(body);
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> response = http.send(request(method, path, token, json, Duration.ofSeconds(30)),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if ((status == 429 || status == 503) && attempt < 20) {
                    long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Math.min(5, Math.max(1, wait)) * 1000L);
                    continue;
                }
                for (int ok : expected) {
                    if (status == ok) {
                        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
                    }
                }
                throw new IllegalStateException(method + " " + path + " answered " + status + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String method, String path, String token, String json, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static String json(Object body) throws IOException {
        return body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    }
}
