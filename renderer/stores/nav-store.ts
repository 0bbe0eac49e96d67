import { create } from 'zustand';

interface NavState {
  screen: string;
  go(screen: string): void;
}

export const useNavStore = create<NavState>((set) => ({
  screen: 'settings',
  go: (screen) => set({ screen }),
}));
