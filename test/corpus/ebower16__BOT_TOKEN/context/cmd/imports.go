// Import list of package main in cmd of ebower16/BOT_TOKEN (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/yourusername/botus/internal/app"
	_ "github.com/yourusername/botus/internal/config"
	_ "log"
)
