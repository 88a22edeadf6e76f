// Import list of package notifier in internal/notif/notifier of crazy-max/diun (the import blocks of its non-test files; no code kept)
package notifier

import (
	_ "github.com/crazy-max/diun/v4/internal/model"
)
