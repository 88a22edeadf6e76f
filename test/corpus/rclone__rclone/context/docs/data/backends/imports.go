// Import list of package backends in docs/data/backends of rclone/rclone (the import blocks of its non-test files; no code kept)
package backends

import (
	_ "embed"
)
