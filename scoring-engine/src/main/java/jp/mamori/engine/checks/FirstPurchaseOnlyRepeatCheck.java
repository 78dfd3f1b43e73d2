package jp.mamori.engine.checks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;

/**
 * A first-purchase-only item (お一人様一回限り) bought again by someone who already had it, under another email,
 * name spelling or account: the same person by email, phone, card, name at the address or reading with the phone;
 * else the same address (one household, or a reseller's drop address); else only the same device. Only the
 * surest of the three is reported, naming every item it applies to.
 */
public final class FirstPurchaseOnlyRepeatCheck implements Check {

    /** Identities that belong to one person, not to a household or a shared device. */
    static final Set<IdentityKind> PERSON = EnumSet.of(IdentityKind.EMAIL, IdentityKind.PHONE, IdentityKind.NAME_ADDRESS,
            IdentityKind.KANA_PHONE, IdentityKind.CARD);

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        List<FirstPurchaseRepeat> repeats = evidence.firstPurchaseRepeats();
        if (repeats.isEmpty()) {
            return;
        }
        List<Term> byPerson = new ArrayList<>();
        Set<IdentityKind> personKinds = EnumSet.noneOf(IdentityKind.class);
        List<Term> byAddress = new ArrayList<>();
        List<Term> byDevice = new ArrayList<>();
        for (FirstPurchaseRepeat repeat : repeats) {
            Term item = item(repeat.item());
            Set<IdentityKind> person = EnumSet.copyOf(PERSON);
            person.retainAll(repeat.matchedKinds());
            if (!person.isEmpty()) {
                byPerson.add(item);
                personKinds.addAll(person);
            } else if (repeat.matchedKinds().contains(IdentityKind.ADDRESS)) {
                byAddress.add(item);
            } else if (repeat.matchedKinds().contains(IdentityKind.DEVICE)) {
                byDevice.add(item);
            }
        }
        if (!byPerson.isEmpty()) {
            Set<Term> kinds = new LinkedHashSet<>();
            for (IdentityKind kind : personKinds) {
                kinds.add(NegativeListCheck.term(kind));
            }
            findings.accept(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_PERSON, Term.join(byPerson), Term.join(List.copyOf(kinds))));
        } else if (!byAddress.isEmpty()) {
            findings.accept(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_ADDRESS, Term.join(byAddress)));
        } else if (!byDevice.isEmpty()) {
            findings.accept(Finding.of(ReasonCode.FIRST_PURCHASE_ONLY_REPEAT_DEVICE, Term.join(byDevice)));
        }
    }

    /** An item named as the shop names it, in quotes of each language: "お試しセット" / 「お試しセット」. */
    static Term item(String name) {
        return new Term("\"" + name + "\"", "「" + name + "」");
    }
}
