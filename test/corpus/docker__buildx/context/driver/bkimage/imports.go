// Import list of package bkimage in driver/bkimage of docker/buildx (the import blocks of its non-test files; no code kept)
package bkimage

import (
)
