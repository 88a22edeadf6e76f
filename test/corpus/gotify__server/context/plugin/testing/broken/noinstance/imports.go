// Import list of package main in plugin/testing/broken/noinstance of gotify/server (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/gotify/plugin-api"
)
