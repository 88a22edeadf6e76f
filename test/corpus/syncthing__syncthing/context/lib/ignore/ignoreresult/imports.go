// Import list of package ignoreresult in lib/ignore/ignoreresult of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package ignoreresult

import (
)
