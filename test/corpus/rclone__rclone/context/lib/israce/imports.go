// Import list of package israce in lib/israce of rclone/rclone (the import blocks of its non-test files; no code kept)
package israce

import (
)
