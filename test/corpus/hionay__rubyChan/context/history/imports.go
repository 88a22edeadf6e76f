// Import list of package history in history of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package history

import (
	_ "maunium.net/go/mautrix/id"
	_ "sync"
)
