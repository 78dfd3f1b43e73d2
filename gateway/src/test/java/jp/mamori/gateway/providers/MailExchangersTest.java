package jp.mamori.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import jp.mamori.engine.MailDomainStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;

/** How DNS answers become a mail domain's status, with dnsjava answering from a table instead of the network. */
class MailExchangersTest {

    /** A resolver whose zone is a table of records; names it does not hold do not exist, one name fails. */
    private static final class TableResolver implements Resolver {
        final Map<String, List<Record>> zone = new HashMap<>();

        TableResolver() throws Exception {
            add(new MXRecord(name("docomo.ne.jp"), DClass.IN, 300, 10, name("mx.docomo.ne.jp")));
            add(new MXRecord(name("example.com"), DClass.IN, 300, 0, Name.root));
            add(new ARecord(name("shop-only-a.jp"), DClass.IN, 300, InetAddress.getByName("192.0.2.10")));
            add(new ARecord(name("www.yamada-shoji.jp"), DClass.IN, 300, InetAddress.getByName("192.0.2.11")));
        }

        private void add(Record record) {
            zone.computeIfAbsent(record.getName().toString(true), n -> new ArrayList<>()).add(record);
        }

        @Override
        public CompletionStage<Message> sendAsync(Message query, Executor executor) {
            Record question = query.getQuestion();
            Message reply = new Message(query.getHeader().getID());
            reply.getHeader().setFlag(Flags.QR);
            reply.getHeader().setFlag(Flags.RA);
            reply.addRecord(question, Section.QUESTION);
            String name = question.getName().toString(true);
            if (name.equals("servfail.jp")) {
                reply.getHeader().setRcode(Rcode.SERVFAIL);
                return CompletableFuture.completedFuture(reply);
            }
            boolean exists = zone.keySet().stream().anyMatch(held -> held.equals(name) || held.endsWith("." + name));
            if (!exists) {
                reply.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            List<Record> answers = zone.getOrDefault(name, List.of()).stream().filter(r -> r.getType() == question.getType()).toList();
            answers.forEach(answer -> reply.addRecord(answer, Section.ANSWER));
            if (answers.isEmpty()) {
                reply.addRecord(new SOARecord(question.getName(), DClass.IN, 300, name("ns.example.jp"), name("admin.example.jp"),
                        1, 3600, 600, 86400, 300), Section.AUTHORITY);
            }
            return CompletableFuture.completedFuture(reply);
        }

        private static Name name(String text) {
            try {
                return Name.fromString(text, Name.root);
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
        }

        @Override
        public void setPort(int port) {
        }

        @Override
        public void setTCP(boolean flag) {
        }

        @Override
        public void setIgnoreTruncation(boolean flag) {
        }

        @Override
        public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {
        }

        @Override
        public void setTSIGKey(TSIG key) {
        }

        @Override
        public void setTimeout(Duration timeout) {
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "docomo.ne.jp, RECEIVES_MAIL",        // its MX
            "shop-only-a.jp, RECEIVES_MAIL",      // no MX, but an address mail falls back to
            "example.com, NO_MAIL_HOST",          // the null MX: says it takes no mail
            "yamada-shoji.jp, NO_MAIL_HOST",      // exists (it has a www), but neither MX nor address
            "made-up-shop.jp, NO_MAIL_HOST",      // does not exist
            "servfail.jp, UNKNOWN",               // the DNS failed: says nothing
    })
    void aDomainReceivesMailAsAMailServerWouldDecide(String domain, MailDomainStatus expected) throws Exception {
        MailExchangers exchangers = new MailExchangers(new TableResolver());

        assertThat(exchangers.lookUp(domain).toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo(expected);
    }
}
