package jp.mamori.gateway.providers;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jp.mamori.engine.MailDomainStatus;
import jp.mamori.engine.MailHostLookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.lookup.LookupResult;
import org.xbill.DNS.lookup.LookupSession;
import org.xbill.DNS.lookup.NoSuchDomainException;
import org.xbill.DNS.lookup.NoSuchRRSetException;

/**
 * Whether a domain can receive mail, as a mail server decides it (RFC 5321 §5.1): its MX records, unless the
 * only one is the null MX of RFC 7505; without MX, an A or AAAA record mail falls back to. A domain that does
 * not exist cannot receive mail; any other failure (SERVFAIL, a timeout) says nothing.
 */
final class MailExchangers implements MailHostLookup {

    private final LookupSession dns;

    MailExchangers(Resolver resolver) {
        // No search path and no hosts file: the domain is looked up exactly as the buyer typed it.
        this.dns = LookupSession.builder().resolver(resolver).clearSearchPath().build();
    }

    @Override
    public CompletionStage<MailDomainStatus> lookUp(String domain) {
        Name name;
        try {
            name = Name.fromString(domain, Name.root);
        } catch (TextParseException e) {
            return CompletableFuture.completedFuture(MailDomainStatus.NO_MAIL_HOST);
        }
        return records(name, Type.MX).thenCompose(mx -> {
            if (mx == null) {
                return address(name, Type.A);
            }
            return CompletableFuture.completedFuture(isNullMx(mx) ? MailDomainStatus.NO_MAIL_HOST : MailDomainStatus.RECEIVES_MAIL);
        }).exceptionallyCompose(MailExchangers::settled);
    }

    private CompletionStage<MailDomainStatus> address(Name name, int type) {
        return records(name, type).thenCompose(found -> {
            if (found != null) {
                return CompletableFuture.completedFuture(MailDomainStatus.RECEIVES_MAIL);
            }
            return type == Type.A ? address(name, Type.AAAA) : CompletableFuture.completedFuture(MailDomainStatus.NO_MAIL_HOST);
        });
    }

    /** The records of {@code type}, or null when the name has none (NODATA, answered either way dnsjava may). */
    private CompletionStage<LookupResult> records(Name name, int type) {
        return dns.lookupAsync(name, type)
                .thenApply(result -> result.getRecords().isEmpty() ? null : result)
                .exceptionallyCompose(failure -> cause(failure) instanceof NoSuchRRSetException
                        ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(cause(failure)));
    }

    private static boolean isNullMx(LookupResult mx) {
        return mx.getRecords().size() == 1 && mx.getRecords().get(0) instanceof MXRecord record && record.getTarget().equals(Name.root);
    }

    /** A name that does not exist takes no mail; any other failure says nothing. */
    private static CompletionStage<MailDomainStatus> settled(Throwable failure) {
        return CompletableFuture.completedFuture(cause(failure) instanceof NoSuchDomainException
                ? MailDomainStatus.NO_MAIL_HOST : MailDomainStatus.UNKNOWN);
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
