// Import list of package version in version of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package version

import (
)
