package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.CurrentVersions;
import de.landkreis.integrationsmonitor.store.ReceivedFiles;
import de.landkreis.integrationsmonitor.store.RunFindings;
import de.landkreis.integrationsmonitor.validation.ComparingRules;
import de.landkreis.integrationsmonitor.validation.ReturnHistory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Settles the current versions the run touched, applies K05, P09 and P10 in order of receipt, and marks the
 * run's files as seen, all in one transaction: until then a crash leaves them to be taken over.
 */
class CompareReturnsTasklet implements Tasklet {

    private final CurrentVersions currentVersions;
    private final ComparingRules rules;
    private final ReturnHistory history;
    private final RunFindings findings;
    private final ReceivedFiles files;
    private final long runId;

    CompareReturnsTasklet(CurrentVersions currentVersions, ComparingRules rules, ReturnHistory history,
                          RunFindings findings, ReceivedFiles files, long runId) {
        this.currentVersions = currentVersions;
        this.rules = rules;
        this.history = history;
        this.findings = findings;
        this.files = files;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var versions = currentVersions.settle(runId);
        findings.addComparisonFindings(runId, rules.check(versions, history));
        files.settle(runId);
        return RepeatStatus.FINISHED;
    }
}
