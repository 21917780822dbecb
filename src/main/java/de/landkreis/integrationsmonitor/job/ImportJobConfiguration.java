package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.forms.FeedbackWriter;
import de.landkreis.integrationsmonitor.letters.FeedbackLetters;
import de.landkreis.integrationsmonitor.letters.LetterSender;
import de.landkreis.integrationsmonitor.mailbox.MailboxReader;
import de.landkreis.integrationsmonitor.report.CommitteePapers;
import de.landkreis.integrationsmonitor.report.CommitteeReportWriter;
import de.landkreis.integrationsmonitor.report.DistrictFigures;
import de.landkreis.integrationsmonitor.report.ReminderListWriter;
import de.landkreis.integrationsmonitor.report.ValidationLogWriter;
import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.store.CurrentVersions;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.ReceivedFiles;
import de.landkreis.integrationsmonitor.store.ReturnStore;
import de.landkreis.integrationsmonitor.store.RunFindings;
import de.landkreis.integrationsmonitor.store.RunSummaries;
import de.landkreis.integrationsmonitor.validation.ComparingRules;
import de.landkreis.integrationsmonitor.validation.ReceivedFileCheck;
import de.landkreis.integrationsmonitor.validation.ReturnHistory;
import de.landkreis.integrationsmonitor.validation.ReturnValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import run: read the office mailbox into the inbox (when switched on), register, import (one file per
 * transaction, the next files read ahead in a second thread), compare; then side by side the validation log, the
 * feedback workbooks for the municipalities, their e-mail drafts and the sending of due letters (when switched on),
 * and the reports with the committee papers (draft and PDFs).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportJobProperties.class)
class ImportJobConfiguration {

    static final String JOB_NAME = "importJob";

    @Bean
    Job importJob(JobRepository repository, RunLifecycleListener lifecycle, Step readMailboxStep, Step registerFilesStep,
                  Step importFilesStep, Step compareReturnsStep, Step writeLogStep, Step writeFeedbackStep,
                  Step writeLettersStep, Step sendLettersStep, Step writeReportsStep, Step writePapersStep) {
        Flow importing = new FlowBuilder<SimpleFlow>("importing").start(readMailboxStep).next(registerFilesStep)
                .next(importFilesStep).next(compareReturnsStep).build();
        // What goes to the municipalities and what goes to the committee need nothing of each other: the two flows
        // run side by side, each on a core of its own.
        Flow toMunicipalities = new FlowBuilder<SimpleFlow>("toMunicipalities").start(writeLogStep)
                .next(writeFeedbackStep).next(writeLettersStep).next(sendLettersStep).build();
        Flow toCommittee = new FlowBuilder<SimpleFlow>("toCommittee").start(writeReportsStep)
                .next(writePapersStep).build();
        Flow writing = new FlowBuilder<SimpleFlow>("writing").split(new SimpleAsyncTaskExecutor("schreiben-"))
                .add(toMunicipalities, toCommittee).build();
        return new JobBuilder(JOB_NAME, repository)
                .listener(lifecycle)
                .start(importing)
                .next(writing)
                .end()
                .build();
    }

    @Bean
    Step readMailboxStep(JobRepository repository, ReadMailboxTasklet readMailboxTasklet) {
        // No database transaction around the whole read: each message's evidence is committed as it is taken in,
        // and no connection is held while the mail server answers.
        return new StepBuilder("readMailboxStep", repository)
                .tasklet(readMailboxTasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    ReadMailboxTasklet readMailboxTasklet(MailboxReader mailbox, ApplicationEventPublisher events,
                                          @Value("#{jobParameters['inputDir']}") String inputDir) {
        return new ReadMailboxTasklet(mailbox, events, Path.of(inputDir));
    }

    @Bean
    Step registerFilesStep(JobRepository repository, PlatformTransactionManager transactions,
                           RegisterFilesTasklet registerFilesTasklet) {
        return new StepBuilder("registerFilesStep", repository).tasklet(registerFilesTasklet, transactions).build();
    }

    @Bean
    @StepScope
    RegisterFilesTasklet registerFilesTasklet(ReceivedFiles files, AbandonedExecutions abandoned,
                                              RunSummaries summaries,
                                              @Value("#{jobExecutionContext['runId']}") long runId,
                                              @Value("#{jobParameters['inputDir']}") String inputDir) {
        return new RegisterFilesTasklet(files, abandoned, summaries, runId, Path.of(inputDir));
    }

    @Bean
    Step importFilesStep(JobRepository repository, PlatformTransactionManager transactions,
                         ReadAheadFileReader registeredFileReader, FileCheckProcessor fileCheckProcessor,
                         ImportedFileWriter importedFileWriter, UnexpectedErrorListener unexpectedErrorListener,
                         ImportJobProperties properties) {
        return new StepBuilder("importFilesStep", repository)
                .<PendingFile, ImportedFile>chunk(1, transactions)
                .reader(registeredFileReader)
                .processor(fileCheckProcessor)
                .writer(importedFileWriter)
                .faultTolerant()
                .skip(RuntimeException.class)
                .skipLimit(properties.unexpectedErrorLimit())
                .listener(unexpectedErrorListener)
                .build();
    }

    @Bean
    @StepScope
    ReadAheadFileReader registeredFileReader(ReceivedFiles files, ReceivedFileCheck check,
                                             ImportJobProperties properties,
                                             @Value("#{jobParameters['inputDir']}") String inputDir,
                                             @Value("#{jobExecutionContext['runId']}") long runId) {
        Path inbox = Path.of(inputDir);
        return new ReadAheadFileReader(files.pending(runId), file -> check.read(
                InboxFile.of(inbox, file.relativePath(), file.size(), file.modifiedAt())), properties.readAhead());
    }

    @Bean
    @StepScope
    FileCheckProcessor fileCheckProcessor(ReceivedFileCheck check, ApplicationEventPublisher events,
                                          @Value("#{jobExecutionContext['runId']}") long runId,
                                          @Value("#{jobExecutionContext['totalFiles']}") int total) {
        return new FileCheckProcessor(check, events, runId, total);
    }

    @Bean
    @StepScope
    ImportedFileWriter importedFileWriter(ReturnStore store, @Value("#{jobExecutionContext['runId']}") long runId) {
        return new ImportedFileWriter(store, runId);
    }

    @Bean
    @StepScope
    UnexpectedErrorListener unexpectedErrorListener(ReturnStore store, ReturnValidator validator,
                                                    @Value("#{jobExecutionContext['runId']}") long runId) {
        return new UnexpectedErrorListener(store, validator, runId);
    }

    @Bean
    Step compareReturnsStep(JobRepository repository, PlatformTransactionManager transactions,
                            CompareReturnsTasklet compareReturnsTasklet) {
        return new StepBuilder("compareReturnsStep", repository).tasklet(compareReturnsTasklet, transactions).build();
    }

    @Bean
    @StepScope
    CompareReturnsTasklet compareReturnsTasklet(CurrentVersions currentVersions, ComparingRules rules,
                                                ReturnHistory history, RunFindings findings, ReceivedFiles files,
                                                @Value("#{jobExecutionContext['runId']}") long runId) {
        return new CompareReturnsTasklet(currentVersions, rules, history, findings, files, runId);
    }

    @Bean
    Step writeLogStep(JobRepository repository, PlatformTransactionManager transactions,
                      WriteLogTasklet writeLogTasklet) {
        return new StepBuilder("writeLogStep", repository).tasklet(writeLogTasklet, transactions).build();
    }

    @Bean
    @StepScope
    WriteLogTasklet writeLogTasklet(RunFindings findings, ValidationLogWriter writer, ImportRuns runs,
                                    @Value("#{jobExecutionContext['runId']}") long runId,
                                    @Value("#{jobParameters['reportsDir']}") String reportsDir,
                                    @Value("#{jobParameters['started']}") LocalDateTime started) {
        return new WriteLogTasklet(findings, writer, runs, runId, Path.of(reportsDir), started);
    }

    @Bean
    Step writeReportsStep(JobRepository repository, PlatformTransactionManager transactions,
                          WriteReportsTasklet writeReportsTasklet) {
        return new StepBuilder("writeReportsStep", repository).tasklet(writeReportsTasklet, transactions).build();
    }

    @Bean
    @StepScope
    WriteReportsTasklet writeReportsTasklet(DistrictFigures figures, CommitteeReportWriter report,
                                            ReminderListWriter reminders, CommitteePapers papers,
                                            ApplicationEventPublisher events, Clock clock, ImportRuns runs,
                                            @Value("#{jobExecutionContext['runId']}") long runId,
                                            @Value("#{jobParameters['reportsDir']}") String reportsDir,
                                            @Value("#{jobParameters['year']}") Long year) {
        return new WriteReportsTasklet(figures, report, reminders, papers, events, clock, runs, runId,
                Path.of(reportsDir), year);
    }

    @Bean
    Step writePapersStep(JobRepository repository, WritePapersTasklet writePapersTasklet) {
        // No database transaction: it would hold a connection open through LibreOffice's start and conversions.
        return new StepBuilder("writePapersStep", repository)
                .tasklet(writePapersTasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    WritePapersTasklet writePapersTasklet(CommitteePapers papers, ApplicationEventPublisher events,
                                          @Value("#{jobParameters['reportsDir']}") String reportsDir,
                                          @Value("#{jobExecutionContext['reportYear']}") Integer year) {
        return new WritePapersTasklet(papers, events, Path.of(reportsDir), year);
    }

    @Bean
    Step writeFeedbackStep(JobRepository repository, PlatformTransactionManager transactions,
                           WriteFeedbackTasklet writeFeedbackTasklet) {
        return new StepBuilder("writeFeedbackStep", repository).tasklet(writeFeedbackTasklet, transactions).build();
    }

    @Bean
    @StepScope
    WriteFeedbackTasklet writeFeedbackTasklet(FeedbackWriter feedback, ImportRuns runs,
                                              @Value("#{jobExecutionContext['runId']}") long runId,
                                              @Value("#{jobParameters['reportsDir']}") String reportsDir,
                                              @Value("#{jobParameters['started']}") LocalDateTime started) {
        return new WriteFeedbackTasklet(feedback, runs, runId, Path.of(reportsDir), started);
    }

    @Bean
    Step writeLettersStep(JobRepository repository, PlatformTransactionManager transactions,
                          WriteLettersTasklet writeLettersTasklet) {
        return new StepBuilder("writeLettersStep", repository).tasklet(writeLettersTasklet, transactions).build();
    }

    @Bean
    @StepScope
    WriteLettersTasklet writeLettersTasklet(FeedbackLetters letters, ImportRuns runs,
                                            @Value("#{jobExecutionContext['runId']}") long runId,
                                            @Value("#{jobParameters['reportsDir']}") String reportsDir,
                                            @Value("#{jobParameters['started']}") LocalDateTime started) {
        return new WriteLettersTasklet(letters, runs, runId, Path.of(reportsDir), started);
    }

    @Bean
    Step sendLettersStep(JobRepository repository, SendLettersTasklet sendLettersTasklet) {
        // No database transaction: each letter's state is committed as it changes, before and after the mail server
        // is asked, so a letter is never sent twice; and no connection is held while the mail server answers.
        return new StepBuilder("sendLettersStep", repository)
                .tasklet(sendLettersTasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    SendLettersTasklet sendLettersTasklet(LetterSender sender, Letters letters, ApplicationEventPublisher events,
                                          @Value("#{jobExecutionContext['runId']}") long runId) {
        return new SendLettersTasklet(sender, letters, events, runId);
    }
}
