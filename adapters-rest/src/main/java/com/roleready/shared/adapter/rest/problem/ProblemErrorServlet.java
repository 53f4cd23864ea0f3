package com.roleready.shared.adapter.rest.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Target of the web.xml error pages: errors the servlet container produces itself (a path
 * outside the API, a failed authentication, an uncaught exception) are answered with
 * problem+json instead of the container's HTML page.
 */
@WebServlet(name = "ProblemErrorServlet", urlPatterns = "/problem-error")
public class ProblemErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        ProblemType type = ProblemType.forStatus(status);
        Problem problem = new Problem(Problem.of(type, "").type(), type.title(), status, detailFor(status), null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSONB.toJson(problem));
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 401 -> "send a valid bearer token: Authorization: Bearer <JWT>";
            case 403 -> "your token does not grant access to this resource";
            case 404 -> "no resource at this path; the API lives under /api (see /openapi/ui/)";
            case 405 -> "this path does not support the HTTP method used";
            default -> status >= 500 ? "an unexpected error occurred" : "the request could not be processed";
        };
    }
}
