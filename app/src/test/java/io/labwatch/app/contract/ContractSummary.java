package io.labwatch.app.contract;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints, when the tests of the module have run, how many requests and answers were checked against the API document. */
public class ContractSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        long responses = ContractCount.of(ContractCount.RESPONSES);
        if (responses > 0) {
            System.out.println("[contract] " + responses + " API answers and " + ContractCount.of(ContractCount.REQUESTS)
                    + " requests were checked against the served OpenAPI document");
        }
    }
}
