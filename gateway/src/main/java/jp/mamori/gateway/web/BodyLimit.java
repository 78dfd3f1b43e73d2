package jp.mamori.gateway.web;

import jp.mamori.gateway.MamoriProperties;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

/**
 * Reads a request body whole, refusing one larger than {@code mamori.max-body-size} with 413
 * as soon as its declared length or the bytes received so far exceed it.
 */
@Component
public class BodyLimit {

    private final DataSize limit;

    public BodyLimit(MamoriProperties properties) {
        this.limit = properties.maxBodySize();
    }

    static ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                "the request body is larger than this endpoint accepts");
    }

    /** The JSON body of {@code request}; an empty body reads as zero bytes. */
    public Mono<byte[]> readJson(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        if (type != null && !MediaType.APPLICATION_JSON.isCompatibleWith(type)
                && !"json".equals(type.getSubtypeSuffix())) {
            return Mono.error(ProblemHandler.unsupportedMediaType());
        }
        return read(request);
    }

    /** The body of {@code request} whatever its type (webhook pings come as forms); empty reads as zero bytes. */
    public Mono<byte[]> read(ServerHttpRequest request) {
        long declared = request.getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return Mono.error(tooLarge());
        }
        return DataBufferUtils.join(request.getBody(), (int) limit.toBytes())
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0]);
    }
}
