/** Small text helpers the features share, free of any framework. */
package org.doorway.text;
