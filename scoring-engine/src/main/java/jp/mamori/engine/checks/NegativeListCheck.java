package jp.mamori.engine.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.mamori.engine.IdentityKind;
import jp.mamori.engine.ReasonCode;
import jp.mamori.engine.Term;

/**
 * An identity of the order that some merchant confirmed as fraud. The reason names only the kind of
 * identity that matched: never the merchant who listed it, nor the value itself.
 */
public final class NegativeListCheck implements Check {

    @Override
    public void inspect(Evidence evidence, Consumer<Finding> findings) {
        if (evidence.negativeListMatches().isEmpty()) {
            return;
        }
        List<Term> kinds = new ArrayList<>();
        for (IdentityKind kind : evidence.negativeListMatches()) {
            kinds.add(term(kind));
        }
        findings.accept(Finding.of(ReasonCode.NEGATIVE_LIST_MATCH, Term.join(kinds)));
    }

    static Term term(IdentityKind kind) {
        return switch (kind) {
            case EMAIL -> new Term("email address", "メールアドレス");
            case PHONE -> new Term("phone number", "電話番号");
            case ADDRESS -> new Term("address", "住所");
            case NAME_ADDRESS -> new Term("name at this address", "氏名と住所の組み合わせ");
            case KANA_PHONE -> new Term("name reading with this phone number", "フリガナと電話番号の組み合わせ");
            case CARD -> new Term("card", "カード");
            case DEVICE -> new Term("device", "端末");
            case IP -> new Term("IP address", "IPアドレス");
        };
    }
}
