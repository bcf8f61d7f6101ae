package org.advisorycompare.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small S3-compatible object store on 127.0.0.1 for tests: path-style ListObjectsV2 (paged), PutObject (ETag: the
 * MD5 of the bytes, aws-chunked bodies decoded), DeleteObjects and GetObject; it counts the uploads and deletions.
 */
final class LocalS3 implements AutoCloseable {
    private static final int PAGE = 1000;
    final Map<String, byte[]> objects = new ConcurrentSkipListMap<>();
    final Map<String, String> types = new ConcurrentSkipListMap<>();
    final AtomicInteger puts = new AtomicInteger();
    final AtomicInteger deletes = new AtomicInteger();
    private final String bucket;
    private final HttpServer server;

    LocalS3(String bucket) throws IOException {
        this.bucket = bucket;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
            if (!path.startsWith("/" + bucket)) {
                send(exchange, 404, "<Error><Code>NoSuchBucket</Code></Error>");
                return;
            }
            String key = path.length() > bucket.length() + 2 ? path.substring(bucket.length() + 2) : "";
            byte[] body = exchange.getRequestBody().readAllBytes();
            switch (exchange.getRequestMethod()) {
                case "GET" -> get(exchange, key, query);
                case "PUT" -> put(exchange, key, body);
                case "POST" -> delete(exchange, new String(body, StandardCharsets.UTF_8));
                default -> send(exchange, 405, "<Error><Code>MethodNotAllowed</Code></Error>");
            }
        }
    }

    private void get(HttpExchange exchange, String key, String query) throws IOException {
        if (!key.isEmpty()) {
            byte[] object = objects.get(key);
            exchange.sendResponseHeaders(object == null ? 404 : 200, object == null ? -1 : object.length);
            if (object != null) {
                exchange.getResponseBody().write(object);
            }
            return;
        }
        Map<String, String> params = params(query);
        String prefix = params.getOrDefault("prefix", "");
        String after = params.getOrDefault("continuation-token", params.getOrDefault("start-after", ""));
        List<String> keys = objects.keySet().stream().filter(k -> k.startsWith(prefix) && k.compareTo(after) > 0).toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
                .append("<Name>").append(bucket).append("</Name><Prefix>").append(prefix).append("</Prefix><KeyCount>")
                .append(Math.min(PAGE, keys.size())).append("</KeyCount><MaxKeys>").append(PAGE).append("</MaxKeys>");
        for (String k : keys.subList(0, Math.min(PAGE, keys.size()))) {
            xml.append("<Contents><Key>").append(k).append("</Key><ETag>&quot;").append(S3Sync.md5(objects.get(k)))
                    .append("&quot;</ETag><Size>").append(objects.get(k).length).append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        boolean more = keys.size() > PAGE;
        xml.append("<IsTruncated>").append(more).append("</IsTruncated>");
        if (more) {
            xml.append("<NextContinuationToken>").append(keys.get(PAGE - 1)).append("</NextContinuationToken>");
        }
        send(exchange, 200, xml.append("</ListBucketResult>").toString());
    }

    private void put(HttpExchange exchange, String key, byte[] body) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        byte[] content = (encoding != null && encoding.contains("aws-chunked")) || (sha != null && sha.startsWith("STREAMING-"))
                ? unchunk(body) : body;
        objects.put(key, content);
        types.put(key, exchange.getRequestHeaders().getFirst("Content-Type"));
        puts.incrementAndGet();
        exchange.getResponseHeaders().add("ETag", "\"" + S3Sync.md5(content) + "\"");
        exchange.sendResponseHeaders(200, -1);
    }

    private void delete(HttpExchange exchange, String xml) throws IOException {
        Matcher keys = Pattern.compile("<Key>([^<]*)</Key>").matcher(xml);
        List<String> deleted = new ArrayList<>();
        while (keys.find()) {
            String key = keys.group(1).replace("&amp;", "&");
            if (objects.remove(key) != null) {
                deletes.incrementAndGet();
            }
            deleted.add(key);
        }
        send(exchange, 200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"></DeleteResult>");
    }

    private static byte[] unchunk(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(body);
        while (true) {
            String header = line(in);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
