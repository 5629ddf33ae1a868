export function App() {
  return (
    <main className="p-4">
      <h1 className="text-xl font-semibold">Actor Studio</h1>
    </main>
  );
}
