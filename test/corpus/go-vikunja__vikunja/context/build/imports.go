// Import list of package main in build of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "crypto/sha256"
	_ "fmt"
	_ "github.com/magefile/mage/mg"
	_ "github.com/magefile/mage/sh"
	_ "io"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "strings"
	_ "sync"
)
