package io.backbone.program.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Calls program-service's internal API as the gateway does. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String gym) {
        return given().header("X-Backbone-Gym", gym).contentType(ContentType.JSON);
    }

    public static String enrol(String gym, String name) {
        return as(gym).body("{\"displayName\":\"" + name + "\"}").post("/members").then().statusCode(201)
                .extract().path("id");
    }

    public static String intake(int painNow, int weeks, String redFlags, String limitations, String equipment, int minutes,
                                int perWeek, String goal) {
        return """
                {"painNow":%d,"durationWeeks":%d,"redFlags":[%s],"limitations":[%s],"equipment":[%s],
                 "minutesPerSession":%d,"sessionsPerWeek":%d,"goal":"%s"}""".formatted(painNow, weeks, redFlags, limitations,
                equipment, minutes, perWeek, goal);
    }
}
