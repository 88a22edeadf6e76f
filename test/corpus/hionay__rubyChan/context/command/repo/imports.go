// Import list of package repo in command/repo of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package repo

import (
	_ "context"
	_ "log"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
)
