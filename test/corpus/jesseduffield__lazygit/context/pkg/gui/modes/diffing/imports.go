// Import list of package diffing in pkg/gui/modes/diffing of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package diffing

import (
)
