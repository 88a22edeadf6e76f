// Import list of package filtering in pkg/gui/modes/filtering of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package filtering

import (
)
