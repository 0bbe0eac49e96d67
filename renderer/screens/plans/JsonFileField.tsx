// A labelled picker for the small JSON files four-eyes moves between workstations (plan,
// approval and key files); cleared after each pick so the same file can be picked again.
export function JsonFileField(props: { label: string; testId: string; disabled?: boolean; onFile(file: File): void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        data-testid={props.testId}
        type="file"
        accept=".json,application/json"
        disabled={props.disabled}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) props.onFile(f);
          e.target.value = '';
        }}
      />
    </label>
  );
}
