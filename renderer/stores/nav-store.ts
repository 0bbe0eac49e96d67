import { create } from 'zustand';

interface NavState {
  screen: string;
  go(screen: string): void;
}

export const useNavStore = create<NavState>((set) => ({
  // The landing screen: who needs money or attention today.
  screen: 'overview',
  go: (screen) => set({ screen }),
}));
