// Import list of package constants in pkg/constants of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package constants

import (
)
