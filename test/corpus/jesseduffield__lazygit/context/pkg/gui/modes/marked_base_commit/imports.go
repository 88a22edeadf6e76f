// Import list of package marked_base_commit in pkg/gui/modes/marked_base_commit of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package marked_base_commit

import (
)
