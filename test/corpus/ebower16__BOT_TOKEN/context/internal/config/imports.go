// Import list of package config in internal/config of ebower16/BOT_TOKEN (the import blocks of its non-test files; no code kept)
package config

import (
	_ "log"
	_ "os"
)
