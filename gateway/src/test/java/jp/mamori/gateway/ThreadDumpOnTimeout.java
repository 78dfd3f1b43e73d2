package jp.mamori.gateway;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test fails because a call to the gateway timed out, prints every thread of the JVM with the locks it
 * holds and waits for, then fails as before. A hang that shows up only now and then can be told apart from a
 * blocked thread by the dump alone: it was how a keep-alive connection the server had stopped reading (Reactor
 * Netty 1.3.6, see the root pom and KeepAliveTest) was found. Registered for every test through ServiceLoader
 * (junit-platform.properties switches the detection on).
 */
public final class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (causedByTimeout(failure)) {
            StringBuilder dump = new StringBuilder("Threads when ").append(context.getDisplayName()).append(" timed out:\n");
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                dump.append(fullStack(thread));
            }
            System.out.println(dump);
        }
        throw failure;
    }

    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** ThreadInfo.toString() cuts the stack at eight frames. */
    private static String fullStack(ThreadInfo thread) {
        StringBuilder text = new StringBuilder("\"").append(thread.getThreadName()).append("\" ")
                .append(thread.getThreadState());
        if (thread.getLockName() != null) {
            text.append(" on ").append(thread.getLockName());
        }
        if (thread.getLockOwnerName() != null) {
            text.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
        }
        text.append('\n');
        for (StackTraceElement frame : thread.getStackTrace()) {
            text.append("\tat ").append(frame).append('\n');
        }
        return text.append('\n').toString();
    }
}
