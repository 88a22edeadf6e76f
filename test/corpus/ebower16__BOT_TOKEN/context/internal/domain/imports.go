// Import list of package domain in internal/domain of ebower16/BOT_TOKEN (the import blocks of its non-test files; no code kept)
package domain

import (
	_ "time"
)
