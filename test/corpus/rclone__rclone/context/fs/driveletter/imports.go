// Import list of package driveletter in fs/driveletter of rclone/rclone (the import blocks of its non-test files; no code kept)
package driveletter

import (
)
