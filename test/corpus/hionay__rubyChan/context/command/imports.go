// Import list of package command in command of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package command

import (
	_ "context"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "strings"
)
