package jp.mamori.engine.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jp.mamori.connector.Payment;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.EmailAddress;

/**
 * A first-time customer who pays on or after delivery (後払い, 代金引換) and gave contact details made to be dropped:
 * a throwaway or machine-made mailbox, or a 050 IP phone. The goods leave before any money arrives, so when the bill
 * goes unpaid or the parcel is refused, the shop or the 後払い provider has only those details to chase, and they lead
 * nowhere. Each sign alone is weak (many honest buyers have odd webmail names or 050 numbers, many pay later), so only
 * all of them together count here. Which mailbox and phone count is decided by {@link DisposableEmailDomainCheck}'s list,
 * {@link RandomEmailLocalPartCheck} and {@link IpPhoneNewCustomerCheck}; which methods pay later by the policy
 * ({@link CheckSettings#payLaterMethods()}).
 */
public final class PayLaterThrowawayContactCheck implements Check {

    private static final Term DISPOSABLE_MAILBOX = new Term("a throwaway mailbox", "使い捨てのメールアドレス");
    private static final Term MACHINE_MADE_MAILBOX = new Term("a machine-made mailbox", "自動生成のようなメールアドレス");
    private static final Term IP_PHONE = new Term("a 050 IP phone number", "050のIP電話番号");

    private final DisposableEmailDomains disposableDomains;
    private final CheckSettings settings;

    public PayLaterThrowawayContactCheck(DisposableEmailDomains disposableDomains, CheckSettings settings) {
        this.disposableDomains = disposableDomains;
        this.settings = settings;
    }

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        Payment payment = evidence.request().payment();
        if (!IpPhoneNewCustomerCheck.isNewCustomer(evidence.request().buyer()) || payment == null || payment.method() == null
                || !settings.isPayLater(payment.method())) {
            return;
        }
        List<Term> contacts = new ArrayList<>(2);
        evidence.email().flatMap(this::throwawayMailbox).ifPresent(contacts::add);
        if (IpPhoneNewCustomerCheck.isIpPhone(evidence.order().buyerPhone())) {
            contacts.add(IP_PHONE);
        }
        if (!contacts.isEmpty()) {
            findings.accept(Finding.of(ReasonCode.PAYMENT_LATER_THROWAWAY_CONTACT, payment.method().strip(), Term.join(contacts)));
        }
    }

    /** What makes the mailbox one to drop; a mailbox at a throwaway service is named for that alone, whatever its name. */
    private Optional<Term> throwawayMailbox(EmailAddress email) {
        if (disposableDomains.match(email.domain()).isPresent()) {
            return Optional.of(DISPOSABLE_MAILBOX);
        }
        return RandomEmailLocalPartCheck.isMachineMade(email) ? Optional.of(MACHINE_MADE_MAILBOX) : Optional.empty();
    }
}
