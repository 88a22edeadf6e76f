// Import list of package main in veans of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/magefile/mage/mg"
	_ "github.com/magefile/mage/sh"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "runtime"
)
