package nl.zelfhulpwijzer.referrals.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP endpoint on a free local port: records what it receives and answers the statuses it is told to. */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String signature, String deliveryId, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 204;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst(WebhookSignature.HEADER),
                        headers.getFirst(WebhookSender.DELIVERY_HEADER), headers.getFirst("Content-Type"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status != null ? status : otherwise, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order; after them {@link #answerOtherwise}. */
    void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    void answerOtherwise(int status) {
        otherwise = status;
    }

    public List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
