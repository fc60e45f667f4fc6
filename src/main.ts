// Registers the custom elements; nothing else runs on import.
import './ui/app/define.ts';
