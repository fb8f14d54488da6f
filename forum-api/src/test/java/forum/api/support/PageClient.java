package forum.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages over plain HTTP, as a browser sends them but without one: the session cookie and the form's CSRF token
 * are handed over by the test, so that it can also leave them out. Redirects are not followed.
 */
public final class PageClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public PageClient(int port) {
        this.port = port;
    }

    /** Signs in on the form and answers the new session's cookie. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = send(get("/login", null));
        HttpResponse<String> signedIn = send(form("/login", sessionCookie(form).orElseThrow(), "username="
                + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf(form.body()))));
        assertThat(signedIn.statusCode()).as("signing in %s", username).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .doesNotContain("/login"));
        return sessionCookie(signedIn).orElseThrow();
    }

    public HttpRequest get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        return (cookie == null ? request : request.header("Cookie", cookie)).build();
    }

    public HttpRequest form(String path, String cookie, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return (cookie == null ? request : request.header("Cookie", cookie)).build();
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst();
    }

    public static String csrf(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The page a role lands on after sign-in: the start page, or the page of its own area the start sends it to. */
    public HttpResponse<String> landing(String session) throws IOException, InterruptedException {
        HttpResponse<String> start = send(get("/", session));
        return start.statusCode() != 302 ? start : send(get(
                URI.create(start.headers().firstValue("Location").orElseThrow()).getPath(), session));
    }
}
