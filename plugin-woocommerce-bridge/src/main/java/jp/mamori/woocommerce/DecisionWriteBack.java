package jp.mamori.woocommerce;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jp.mamori.connector.Decision;
import jp.mamori.connector.ScreenedContent;
import jp.mamori.connector.ScreeningResult;
import jp.mamori.connector.shophttp.ShopCallException;

/**
 * The third of the adapter's three parts: a decision goes back into the shop's order screen. Every
 * decision writes Mamori's meta ({@code _mamori_decision}, {@code _mamori_score},
 * {@code _mamori_screening_id} and the fingerprint of what was screened) and a private note with the
 * reasons; the shop's action for the decision may also hold or cancel the order.
 * <p>
 * Idempotent by construction, so a crash at any point followed by a replay never writes twice: the
 * status-and-meta {@code PUT} sets the same values again, and the note, whose first line carries the
 * screening id, is only added when no note of the order carries it yet (checked before every attempt but the
 * first of a screening made just now, which cannot have a note yet).
 * The {@code PUT} comes first because a held order protects the shop even if the note never arrives.
 */
public final class DecisionWriteBack {

    private final WooCommerceClient client;
    private final ShopSettings settings;

    public DecisionWriteBack(WooCommerceClient client, ShopSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Writes {@code result} back to order {@code orderId}, whose screened content was {@code content}.
     * {@code freshScreening}: the screening was made just now, so no note of it can be on the order yet.
     */
    public WriteBackResult writeBack(long orderId, ScreeningResult result, ScreenedContent content, boolean freshScreening) {
        WriteBackAction action = settings.onDecision().get(result.decision());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(MamoriStamp.DECISION, result.decision().name());
        meta.put(MamoriStamp.SCORE, Integer.toString(result.score()));
        meta.put(MamoriStamp.SCREENING_ID, result.screeningId());
        meta.put(MamoriStamp.FINGERPRINT, content.fingerprint());
        try {
            client.updateOrder(orderId, statusFor(action), meta);
            boolean added = client.addNoteOnce(orderId, marker(result.screeningId()), note(result, action), !freshScreening);
            return WriteBackResult.done(added);
        } catch (ShopCallException e) {
            return WriteBackResult.failed(e);
        }
    }

    private static String statusFor(WriteBackAction action) {
        return switch (action) {
            case NOTE -> null;
            case HOLD -> "on-hold";
            case CANCEL -> "cancelled";
        };
    }

    /** The first line of every note Mamori writes for a screening, in either language: how a replay finds it. */
    static String marker(String screeningId) {
        return "[Mamori " + screeningId + "]";
    }

    private String note(ScreeningResult result, WriteBackAction action) {
        boolean english = settings.notesInEnglish();
        String reasons = result.reasons().isEmpty()
                ? (english ? "- none" : "・なし")
                : result.reasons().stream()
                        .map(reason -> (english ? "- " + reason.message() : "・" + reason.messageJa()) + " (" + reason.code() + ")")
                        .collect(Collectors.joining("\n"));
        if (english) {
            return marker(result.screeningId()) + "\n"
                    + "Decision: " + result.decision() + " (score " + result.score() + ")\n"
                    + "Reasons:\n" + reasons + "\n"
                    + englishAction(action);
        }
        return marker(result.screeningId()) + "\n"
                + "判定: " + japanese(result.decision()) + "（" + result.decision() + "）スコア " + result.score() + "\n"
                + "理由:\n" + reasons + "\n"
                + japaneseAction(action);
    }

    private static String japanese(Decision decision) {
        return switch (decision) {
            case OK -> "問題なし";
            case REVIEW -> "要確認";
            case NG -> "不正の疑い";
        };
    }

    private static String japaneseAction(WriteBackAction action) {
        return switch (action) {
            case NOTE -> "対応: ステータスは変更していません。";
            case HOLD -> "対応: 注文を保留にしました。内容を確認してから発送してください。";
            case CANCEL -> "対応: 注文をキャンセルしました。";
        };
    }

    private static String englishAction(WriteBackAction action) {
        return switch (action) {
            case NOTE -> "Action: status left unchanged.";
            case HOLD -> "Action: order put on hold; check it before shipping.";
            case CANCEL -> "Action: order cancelled.";
        };
    }
}
