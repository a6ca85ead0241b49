using System.Text;
using Collections.ContactPolicy;
using Collections.ContactPolicy.InMemory;
using Collections.Core;
using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.Escalation;
using Collections.Escalation.InMemory;
using Collections.Samples.EscalationFile.Rendering;
using Collections.Samples.Rendering;
using NodaTime;

namespace Collections.Samples.EscalationFile;

/// <summary>The sample's steps, callable from Program and from tests. Exit codes: 0 done, 1 unexpected failure (a bug), 2 bad arguments, 130 cancelled.</summary>
public static class EscalationFileApp
{
    /// <summary>Printed after argument errors instead of the whole usage, so that the errors stay in view.</summary>
    public const string HelpHint = "Run collections-escalation-file --help for the options.";

    public const string Usage = """
        Usage: collections-escalation-file [--out DIR] [--lang en|ar|both]

        Takes synthetic accounts of a synthetic creditor along the legal track (rules from acme.escalation-rules.json)
        and writes the escalation file of the filed account as printable A4 HTML.

          --out DIR          where to write escalation-file-<account>.<lang>.html (default: out/escalation-file)
          --lang en|ar|both  English, Arabic (right to left) or both (default: both)
          --help             this text
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // 1. Read the command line: every problem at once, naming the argument.
        if (CommandLine.AsksForHelp(args))
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        if (!TryParse(args, out var directory, out var languages, out var problems))
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
            }

            await error.WriteLineAsync(HelpHint).ConfigureAwait(false);
            return 2;
        }

        try
        {
            // 2. The creditor's rules (JSON), the ports in memory, a clock the script moves, and the synthetic data.
            var rules = EscalationRulesJson.Load(Path.Combine(AppContext.BaseDirectory, "acme.escalation-rules.json"));
            var zone = rules.TimeZone;
            var clock = new SampleClock((SyntheticData.AsOf + new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant());
            var auditStore = new InMemoryAuditStore();
            var audit = new AuditTrail(auditStore, clock);
            var restrictions = new InMemoryContactRestrictionRegistry();      // the contact policy's registry is the legal-hold port
            var cases = new InMemoryEscalationCaseStore();
            var authorizations = new InMemoryAuthorizationStore();
            var workflow = new EscalationWorkflow(EscalationRuleSet.Of(rules), cases, authorizations, new InMemoryAuthorizationDocumentStore(), audit, restrictions, clock);
            var gate = new ContactGateBuilder(HoldingPolicy())
            {
                Attempts = new InMemoryContactAttemptStore(),
                Restrictions = restrictions,
                Templates = new InMemoryTemplateCatalog([]),
                Holidays = InMemoryHolidayAnnouncementSource.None,
                Decisions = new AuditTrailContactDecisionSink(audit),      // the gate's decisions go to the same audit log
                Clock = clock,
            }.Build();
            var agent = new AuditActor("user:agent-17");
            var lawyer = new AuditActor("user:lawyer-3");
            var mainCase = new EscalationCaseId("ESC-2026-0042");
            var otherCase = new EscalationCaseId("ESC-2026-0043");

            // 3. Run the workflow, printing every decision.
            async Task<EscalationDecision> Show(string what, Task<EscalationDecision> step)
            {
                var decision = await step.ConfigureAwait(false);
                await output.WriteLineAsync($"{FileTexts.Date(clock.Now.InZone(zone).Date)}  {what}: {(decision.IsAllowed ? "allowed → " + decision.To!.Code : "refused")}").ConfigureAwait(false);
                foreach (var refusal in decision.Refusals)
                {
                    await output.WriteLineAsync("      " + refusal.Code.Code + ": " + refusal.Explanation.English).ConfigureAwait(false);
                }

                return decision;
            }

            var opened = await Show($"open {mainCase} for {SyntheticData.MainAccount}", workflow.OpenAsync(mainCase, SyntheticData.MainEvidence(rules), agent, cancellationToken)).ConfigureAwait(false);
            await output.WriteLineAsync("      " + opened.Case!.Evidence.Summary.English).ConfigureAwait(false);
            await Show($"open {otherCase} for {SyntheticData.OtherAccount}", workflow.OpenAsync(otherCase, SyntheticData.OtherEvidence(rules), agent, cancellationToken)).ConfigureAwait(false);
            clock.GoTo(new LocalDate(2026, 4, 1), zone);
            await Show($"request the authorization for {mainCase}", workflow.AdvanceAsync(mainCase, EscalationCommand.Request(Today(), agent), cancellationToken)).ConfigureAwait(false);
            await Show($"request the authorization for {otherCase}", workflow.AdvanceAsync(otherCase, EscalationCommand.Request(Today(), agent), cancellationToken)).ConfigureAwait(false);

            clock.GoTo(new LocalDate(2026, 4, 2), zone);
            var authorization = SyntheticData.Authorization();
            var recording = await workflow.RecordAuthorizationAsync(authorization, new MemoryStream(SyntheticData.SignedAuthorizationDocument), agent, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"{FileTexts.Date(Today())}  record {authorization.Id} (SHA-256 {authorization.DocumentSha256.Hex[..16]}…): {(recording.IsRecorded ? "recorded" : "refused")}").ConfigureAwait(false);
            await Show($"authorize {mainCase} under {authorization.Id}", workflow.AdvanceAsync(mainCase, EscalationCommand.Authorize(Today(), agent, authorization.Id), cancellationToken)).ConfigureAwait(false);
            await Show($"authorize {otherCase} under {authorization.Id}", workflow.AdvanceAsync(otherCase, EscalationCommand.Authorize(Today(), agent, authorization.Id), cancellationToken)).ConfigureAwait(false);

            clock.GoTo(new LocalDate(2026, 5, 10), zone);
            var call = new ContactRequest(SyntheticData.MainAccount, SyntheticData.MainDebtor.Id, new ContactPointId("CP-501-M"), Channel.Call, clock.Now, [zone]);
            var before = await gate.CheckAsync(call, cancellationToken).ConfigureAwait(false);
            var statementOfClaim = DocumentHash.Of(Encoding.UTF8.GetBytes("Statement of claim, ACC-1001 (synthetic)"));
            await Show($"file {mainCase}", workflow.AdvanceAsync(mainCase, EscalationCommand.File(Today(), lawyer, statementOfClaim, "RYD-ENF-2026-004217", SyntheticData.Sar(500m)), cancellationToken)).ConfigureAwait(false);
            var after = await gate.CheckAsync(call with { At = clock.Now }, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"            contact gate for a call about {SyntheticData.MainAccount}: before filing {(before.IsAllowed ? "allowed" : "refused")}, after filing {(after.IsAllowed ? "allowed" : "refused (" + string.Join(", ", after.Denials.Select(d => d.Code.Code)) + ")")}").ConfigureAwait(false);

            // 4. Assemble the file of the filed account and write it in each language.
            var filed = (await cases.FindAsync(mainCase, cancellationToken).ConfigureAwait(false))!;
            var file = Collections.Escalation.EscalationFile.Create(
                filed, SyntheticData.MainDebtor, SyntheticData.MainItems, SyntheticData.MainAttempts, SyntheticData.MainPromises,
                await authorizations.FindAsync(filed.AuthorizationId!.Value, cancellationToken).ConfigureAwait(false), Today());

            // 5. Verify the audit log, put its head in the file, and say where the files are.
            var verification = await audit.VerifyAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Audit log: {verification.EntriesRead} entries, {(verification.IsIntact ? "intact" : "BROKEN: " + verification.FirstBreak)}; head {verification.VerifiedHead}").ConfigureAwait(false);
            Directory.CreateDirectory(directory!);
            foreach (var language in languages)
            {
                var path = Path.Combine(directory!, $"escalation-file-{SyntheticData.MainAccount}.{(language == Language.Arabic ? "ar" : "en")}.html");
                var html = EscalationFileHtml.Render(file, SyntheticData.CreditorName, verification.VerifiedHead, new FileTexts(language));
                await File.WriteAllTextAsync(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync("Wrote " + path).ConfigureAwait(false);
            }

            return verification.IsIntact ? 0 : 1;

            LocalDate Today() => clock.Now.InZone(zone).Date;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await error.WriteLineAsync("unexpected failure (a bug in the sample or the library): " + e).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>A contact policy that honours legal holds (the only rule the sample needs to show the hold).</summary>
    private static Collections.ContactPolicy.ContactPolicy HoldingPolicy() =>
        new ContactPolicyBuilder(new PolicyId("acme-sample"), SyntheticData.Creditor)
        {
            Version = "1",
            ApprovedBy = "Compliance (synthetic)",
            ApprovedOn = new LocalDate(2026, 1, 1),
            EffectiveFrom = new LocalDate(2026, 1, 1),
        }
        .Add(new RestrictionRule(
            new RuleId("legal-hold"),
            RuleSource.CreditorInstruction("No reminders while the debt is on the legal track", "لا تذكير أثناء وجود الدين في المسار القانوني"),
            ChannelSet.All,
            ContactRestriction.LegalHold))
        .Build();

    private static bool TryParse(IReadOnlyList<string> args, out string? directory, out IReadOnlyList<Language> languages, out List<string> problems)
    {
        var line = CommandLine.Scan(args, ["--out", "--lang"]);
        problems = [.. line.Problems];
        directory = line.Value("--out") ?? Path.Combine("out", "escalation-file");
        if (File.Exists(directory))
        {
            problems.Add($"--out: '{directory}' is a file; give a folder (it is created if missing).");
        }

        languages = line.Value("--lang") switch
        {
            null or "both" => [Language.English, Language.Arabic],
            "en" => [Language.English],
            "ar" => [Language.Arabic],
            var other => Refuse(problems, $"--lang: '{other}' is not en, ar or both."),
        };
        return problems.Count == 0;
    }

    private static IReadOnlyList<Language> Refuse(List<string> problems, string problem)
    {
        problems.Add(problem);
        return [];
    }
}
